# case: shrinkage head that accepts either a single feature tensor or a (features, kiln_profile) tuple, dispatched with isinstance, plus a Python bool flag -> static, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProfileEncoder(nn.Cell):
    def __init__(self, steps=12, out=4):
        super().__init__()
        self.fc = nn.Dense(steps, out)

    def construct(self, profile):
        return ops.tanh(self.fc(profile / 1000.0))


class ShrinkageHead(nn.Cell):
    def __init__(self, n_feat=5, steps=12, use_profile=True, clip_pct=20.0):
        super().__init__()
        self.use_profile = use_profile
        self.enc = ProfileEncoder(steps, 4)
        self.fc = nn.Dense(n_feat + 4 if use_profile else n_feat, 1)
        self.clip_pct = clip_pct

    def construct(self, inputs):
        if isinstance(inputs, tuple):
            feats, profile = inputs
        else:
            feats, profile = inputs, None
        if self.use_profile and profile is not None:
            feats = ops.concat([feats, self.enc(profile)], axis=1)
        out = self.fc(feats)
        return ops.clamp(out, 0.0, self.clip_pct)


def make():
    np.random.seed(39)
    feats = np.random.rand(6, 5).astype(np.float32)
    prof = np.tile(np.linspace(20.0, 1240.0, 12, dtype=np.float32), (6, 1))
    return ShrinkageHead(), ((Tensor(feats), Tensor(prof)),)
