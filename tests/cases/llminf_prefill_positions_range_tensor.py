# case: prefill loop that iterates range() over a prompt length held in a tensor to write position ids -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PositionIdBuilder(nn.Cell):
    def __init__(self, max_len=8, pad_position=0):
        super().__init__()
        self.max_len = max_len
        self.pad_position = pad_position

    def construct(self, prompt_len):
        pos = ops.full((self.max_len,), self.pad_position, dtype=ms.int32)
        for i in range(prompt_len):
            pos[i] = i
        return pos


class PrefillEmbedding(nn.Cell):
    def __init__(self, max_len=8, hidden=8):
        super().__init__()
        self.pos_builder = PositionIdBuilder(max_len)
        self.pos_embed = nn.Embedding(max_len, hidden)

    def construct(self, token_embeds, prompt_len):
        pos = self.pos_builder(prompt_len)
        return token_embeds + self.pos_embed(pos).expand_dims(0)


def make():
    np.random.seed(24)
    emb = Tensor(np.random.randn(1, 8, 8).astype(np.float32))
    return PrefillEmbedding(), (emb, Tensor(5, ms.int32))
