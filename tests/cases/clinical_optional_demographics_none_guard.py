# case: EHR classifier with optional demographics input guarded by `is None` and an isinstance check on the code input -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DemographicsEncoder(nn.Cell):
    def __init__(self, n_demo=3, dim=8):
        super().__init__()
        self.fc = nn.Dense(n_demo, dim)

    def construct(self, demo):
        return ops.relu(self.fc(demo))


class EHRClassifier(nn.Cell):
    def __init__(self, vocab=25, dim=8, n_demo=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.demo = DemographicsEncoder(n_demo, dim)
        self.head = nn.Dense(dim, 1)

    def construct(self, codes, demographics=None):
        if isinstance(codes, (tuple, list)):
            codes = ops.concat(codes, axis=1)
        h = self.embed(codes).mean(1)
        if demographics is not None:
            h = h + self.demo(demographics)
        return self.head(h).squeeze(-1)


def make():
    np.random.seed(28)
    dx = Tensor(np.random.randint(0, 25, (4, 3)).astype(np.int32))
    px = Tensor(np.random.randint(0, 25, (4, 2)).astype(np.int32))
    demo = Tensor(np.random.randn(4, 3).astype(np.float32))
    return EHRClassifier(), ((dx, px), demo)
