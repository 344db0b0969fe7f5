# case: construct calls a method on a plain (non jit_class, non Cell) Python helper object stored in __init__, a mask builder doing tensor ops; graph mode inlines the method and it compiles statically at both LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskBuilder:
    def __init__(self, pad_token_id=0, neg=-1e9):
        self.pad_token_id = pad_token_id
        self.neg = neg

    def build(self, input_ids):
        pad = (input_ids == self.pad_token_id).astype(ms.float32)
        return pad[:, None, :] * self.neg


class Classifier(nn.Cell):
    def __init__(self, vocab=20, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.mask_builder = MaskBuilder()
        self.head = nn.Dense(hidden, 2)

    def construct(self, input_ids):
        h = self.embed(input_ids)
        bias = self.mask_builder.build(input_ids)
        attn = ops.softmax(ops.bmm(h, h.swapaxes(1, 2)) + bias, axis=-1)
        return self.head(ops.bmm(attn, h)[:, 0])


def make():
    ids = Tensor(np.array([[3, 4, 5, 0], [7, 8, 0, 0]], np.int32))
    return Classifier(), (ids,)
