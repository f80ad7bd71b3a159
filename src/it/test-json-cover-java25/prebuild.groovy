// A JaCoCo exec file holding data for shapes.Legacy under a class id no build of this project produces (as if the
// class had been compiled again since a run): header, then one execution data block (format 0x1007).
def file = new File(basedir, 'target/jacoco.exec')
file.parentFile.mkdirs()
def out = new DataOutputStream(new FileOutputStream(file))
out.writeByte(0x01); out.writeChar(0xC0C0); out.writeChar(0x1007)
out.writeByte(0x11); out.writeLong(0x1234L); out.writeUTF('shapes/Legacy')
out.writeByte(2)      // probes: var-int length 2
out.writeByte(0x01)   // the first probe hit
out.close()
return true
