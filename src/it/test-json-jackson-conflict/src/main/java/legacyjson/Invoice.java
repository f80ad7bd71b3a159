package legacyjson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

public final class Invoice {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Invoice() {
    }

    public static String toJson(String number, int cents) throws IOException {
        Map<String, Object> invoice = new LinkedHashMap<>();
        invoice.put("number", number);
        invoice.put("cents", cents);
        return MAPPER.writeValueAsString(invoice);
    }
}
