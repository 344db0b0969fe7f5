# case: Donut-style decoder keeps generation state in a @ms.jit_class object created in construct and mutates its step counter and last token while unrolling a few decoding steps -> jit_class instance created and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, vocab_size=50, hidden_size=16, max_new_tokens=4, bos_token_id=1):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.max_new_tokens = max_new_tokens
        self.bos_token_id = bos_token_id


@ms.jit_class
class DecodeState:
    def __init__(self, token):
        self.step = 0
        self.token = token


class TinyDonutDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.cross = nn.Dense(config.hidden_size * 2, config.hidden_size)
        self.lm_head = nn.Dense(config.hidden_size, config.vocab_size)
        self.max_new_tokens = config.max_new_tokens
        self.bos = config.bos_token_id

    def construct(self, encoder_hidden):
        ctx = encoder_hidden.mean(axis=1)
        state = DecodeState(ops.fill(ms.int32, (encoder_hidden.shape[0],), self.bos))
        for _ in range(self.max_new_tokens):
            h = self.cross(ops.concat((self.embed(state.token), ctx), axis=-1))
            state.token = self.lm_head(ops.tanh(h)).argmax(axis=-1).astype(ms.int32)
            state.step = state.step + 1
        return state.token


def make():
    np.random.seed(30)
    enc = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    return TinyDonutDecoder(DecoderConfig()), (enc,)
