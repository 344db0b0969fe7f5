# case: broadcast patient demographics to their encounters with repeat_interleave using per-patient encounter counts from data -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DemographicBroadcast(nn.Cell):
    def __init__(self, n_demo=3, dim=8):
        super().__init__()
        self.fc = nn.Dense(n_demo, dim)

    def construct(self, demo, n_encounters):
        d = ops.relu(self.fc(demo))
        return ops.repeat_interleave(d, n_encounters, 0)


class EncounterLOSModel(nn.Cell):
    def __init__(self, n_demo=3, n_enc_feats=5, dim=8):
        super().__init__()
        self.demo = DemographicBroadcast(n_demo, dim)
        self.enc = nn.Dense(n_enc_feats, dim)
        self.out = nn.Dense(dim, 1)

    def construct(self, demo, n_encounters, enc_feats):
        h = self.enc(enc_feats) + self.demo(demo, n_encounters)
        return ops.softplus(self.out(ops.tanh(h))).squeeze(-1)


def make():
    np.random.seed(35)
    demo = Tensor(np.random.randn(3, 3).astype(np.float32))
    counts = Tensor(np.array([2, 3, 1], np.int32))
    enc = Tensor(np.random.randn(6, 5).astype(np.float32))
    return EncounterLOSModel(), (demo, counts, enc)
