# case: actionness-to-proposal grouping done by pulling scores to host with asnumpy and scanning runs in numpy -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActionnessGrouping(nn.Cell):
    """Temporal actionness grouping (TAG): contiguous runs above a threshold become proposals."""

    def __init__(self, feat_dim=8, thr=0.5):
        super().__init__()
        self.head = nn.Dense(feat_dim, 1)
        self.thr = thr

    def group(self, act):
        runs = []
        start = -1
        a = act.asnumpy()
        for t in range(a.shape[0]):
            if a[t] > self.thr and start < 0:
                start = t
            elif a[t] <= self.thr and start >= 0:
                runs.append([start, t, float(a[start:t].mean())])
                start = -1
        if start >= 0:
            runs.append([start, a.shape[0], float(a[start:].mean())])
        return Tensor(np.array(runs, dtype=np.float32).reshape(-1, 3))

    def construct(self, feats):
        act = ops.sigmoid(self.head(feats)).reshape(-1)
        return self.group(act)


def make():
    np.random.seed(6)
    feats = Tensor(np.random.randn(14, 8).astype(np.float32))
    return ActionnessGrouping(), (feats,)
