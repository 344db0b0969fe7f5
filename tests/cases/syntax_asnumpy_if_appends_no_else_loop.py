# case: a lone if appending in a loop -> LAX crash without a line
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class G(nn.Cell):
    def __init__(self, thr=0.5):
        super().__init__()
        self.head = nn.Dense(8, 1)
        self.thr = thr

    def group(self, act):
        runs = []
        start = -1
        a = act.asnumpy()
        for t in range(a.shape[0]):
            if a[t] > self.thr:
                runs.append([t, t, float(a[t])])
        return Tensor(np.array(runs, dtype=np.float32).reshape(-1, 3))

    def construct(self, feats):
        act = ops.sigmoid(self.head(feats)).reshape(-1)
        return self.group(act)


def make():
    np.random.seed(6)
    return G(), (Tensor(np.random.randn(14, 8).astype(np.float32)),)
