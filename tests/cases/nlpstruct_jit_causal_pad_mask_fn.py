# case: @ms.jit helper building a combined causal + key-padding additive mask from token ids and a pad id default -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _make_causal(seq_len, dtype):
    mask = ops.triu(ops.ones((seq_len, seq_len), dtype), 1)
    return mask * ms.tensor(-1e9, dtype)


@ms.jit
def build_decoder_attention_bias(input_ids, past_length=0, pad_token_id=1):
    batch, tgt_len = input_ids.shape
    causal = _make_causal(tgt_len, ms.float32)
    if past_length > 0:
        past = ops.zeros((tgt_len, past_length), ms.float32)
        causal = ops.concat([past, causal], -1)
    key_pad = (input_ids == pad_token_id).astype(ms.float32) * -1e9
    return causal.expand_dims(0).expand_dims(0) + key_pad.expand_dims(1).expand_dims(1)


def make():
    ids = Tensor(np.array([[0, 5, 6, 2, 1, 1], [0, 7, 8, 9, 10, 2]], np.int32))
    return build_decoder_attention_bias, (ids,)
