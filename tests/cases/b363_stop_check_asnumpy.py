# case: decode step checks the stopping criterion by pulling next tokens to host with .asnumpy() and np.isin against the EOS list, returning early with a shorter output when all sequences finished -> asnumpy/NumPy on a tensor in construct; expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenerationConfig:
    def __init__(self, eos_token_id=(2, 5), pad_token_id=0, hidden_size=16, vocab_size=24):
        self.eos_token_id = list(eos_token_id) if isinstance(eos_token_id, (list, tuple)) else [eos_token_id]
        self.pad_token_id = pad_token_id
        self.hidden_size = hidden_size
        self.vocab_size = vocab_size


class DecodeStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lm_head = nn.Dense(config.hidden_size, config.vocab_size)
        self.eos_token_id = config.eos_token_id

    def _all_finished(self, next_tokens):
        host = next_tokens.asnumpy()
        return bool(np.isin(host, self.eos_token_id).all())

    def construct(self, hidden_last, input_ids):
        logits = self.lm_head(hidden_last)
        next_tokens = ops.argmax(logits, dim=-1)
        if self._all_finished(next_tokens):
            return input_ids
        return ops.concat((input_ids, next_tokens.astype(input_ids.dtype).expand_dims(-1)), axis=-1)


def make():
    np.random.seed(3649)
    hidden = Tensor(np.random.randn(3, 16).astype(np.float32))
    input_ids = Tensor(np.random.randint(0, 24, size=(3, 4)).astype(np.int32))
    return DecodeStep(GenerationConfig()), (hidden, input_ids)
