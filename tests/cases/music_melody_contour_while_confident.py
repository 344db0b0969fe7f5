# case: melody contour extraction that follows pitch frame by frame while the tracker stays confident, collecting notes in a list -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SalienceNet(nn.Cell):
    def __init__(self, n_feats=16, n_bins=36):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(n_feats, 32), nn.ReLU(), nn.Dense(32, n_bins)])

    def construct(self, x):
        return ops.softmax(self.net(x), axis=-1)


class ContourFollower(nn.Cell):
    def __init__(self, n_feats=16, n_bins=36, min_conf=0.035, max_jump=12):
        super().__init__()
        self.salience = SalienceNet(n_feats, n_bins)
        self.min_conf = min_conf
        self.max_jump = max_jump

    def construct(self, feats):
        sal = self.salience(feats)
        n_frames = sal.shape[0]
        t = 0
        prev = ops.argmax(sal[0])
        contour = []
        while t < n_frames and sal[t].max() > self.min_conf:
            cur = ops.argmax(sal[t])
            if ops.abs(cur - prev) <= self.max_jump:
                contour.append(cur)
                prev = cur
            t += 1
        return ops.stack(contour)


def make():
    np.random.seed(28)
    feats = Tensor(np.random.randn(10, 16).astype(np.float32))
    return ContourFollower(), (feats,)
