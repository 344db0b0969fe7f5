# case: greedy generation that preallocates a max_new_tokens output buffer and loops over range(max_new_tokens) from the config, writing each argmax token with ops.where on a one-hot position mask and freezing finished rows -> loop count is a Python int and shapes never change, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenConfig:
    vocab_size = 20
    hidden_size = 16
    max_new_tokens = 4
    eos_token_id = 3
    pad_token_id = 0


class TinyLM(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.lm_head = nn.Dense(config.hidden_size, config.vocab_size)

    def construct(self, input_ids):
        return self.lm_head(self.embed(input_ids).mean(axis=1))


class StaticGreedy(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.model = TinyLM(config)
        self.max_new_tokens = config.max_new_tokens
        self.eos_token_id = config.eos_token_id
        self.pad_token_id = config.pad_token_id

    def construct(self, input_ids):
        batch, prompt_len = input_ids.shape
        total = prompt_len + self.max_new_tokens
        buf = ops.cat((input_ids, ops.full((batch, self.max_new_tokens), self.pad_token_id, dtype=ms.int32)), axis=1)
        finished = ops.zeros((batch,), ms.bool_)
        positions = ops.arange(total, dtype=ms.int32)[None, :]
        for step in range(self.max_new_tokens):
            logits = self.model(buf)
            next_tok = logits.argmax(axis=-1).astype(ms.int32)
            next_tok = ops.where(finished, ops.full_like(next_tok, self.pad_token_id), next_tok)
            write = positions == (prompt_len + step)
            buf = ops.where(write, next_tok[:, None].broadcast_to((batch, total)), buf)
            finished = ops.logical_or(finished, next_tok == self.eos_token_id)
        return buf


def make():
    np.random.seed(54)
    gen = StaticGreedy(GenConfig())
    ids = Tensor(np.array([[1, 5, 6], [2, 7, 9]], dtype=np.int32))
    return gen, (ids,)
