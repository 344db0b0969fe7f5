# case: visit codes turned into a multi-hot vector over the full fixed vocabulary with one_hot and max-reduce -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiHot(nn.Cell):
    def __init__(self, vocab_size, pad_id=0):
        super().__init__()
        self.vocab_size = vocab_size
        self.pad_id = pad_id
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, codes):
        oh = ops.one_hot(codes, self.vocab_size, self.on, self.off)
        mh = oh.max(axis=-2)
        keep = ops.ones((self.vocab_size,), ms.float32)
        keep[self.pad_id] = 0.0
        return mh * keep


class DiagnosisMLP(nn.Cell):
    def __init__(self, vocab_size=30, hidden=16, n_labels=4):
        super().__init__()
        self.mh = MultiHot(vocab_size)
        self.mlp = nn.SequentialCell(nn.Dense(vocab_size, hidden), nn.ReLU(), nn.Dense(hidden, n_labels))

    def construct(self, codes):
        return ops.sigmoid(self.mlp(self.mh(codes).mean(1)))


def make():
    np.random.seed(17)
    codes = np.random.randint(1, 30, size=(3, 4, 6)).astype(np.int32)
    codes[:, :, 4:] = 0
    return DiagnosisMLP(), (Tensor(codes),)
