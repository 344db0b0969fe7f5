# case: curriculum truncates sequences to a length derived from the global step tensor -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CurriculumScheduler(nn.Cell):
    """Linear length curriculum: start short, reach full length at `ramp_steps`."""

    def __init__(self, min_len=4, max_len=16, ramp_steps=1000):
        super().__init__()
        self.min_len = min_len
        self.max_len = max_len
        self.ramp_steps = ramp_steps

    def construct(self, step):
        frac = ops.minimum(step.astype(ms.float32) / self.ramp_steps, 1.0)
        length = self.min_len + frac * (self.max_len - self.min_len)
        return length.astype(ms.int32)


class CurriculumLM(nn.Cell):
    def __init__(self, vocab=20, dim=8, max_len=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.schedule = CurriculumScheduler(max_len=max_len)
        self.out = nn.Dense(dim, vocab)

    def construct(self, tokens, step):
        cur_len = self.schedule(step)
        tokens = tokens[:, :cur_len]
        h = self.embed(tokens)
        return self.out(h.mean(axis=1))


def make():
    np.random.seed(0)
    tokens = Tensor(np.random.randint(0, 20, size=(2, 16)).astype(np.int32))
    return CurriculumLM(), (tokens, Tensor(300, ms.int32))
