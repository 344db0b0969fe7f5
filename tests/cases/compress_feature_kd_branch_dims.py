# case: feature distillation that projects student features only when the teacher activations are large, branches return different widths -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeatureAdapter(nn.Cell):
    def __init__(self, s_dim=16, t_dim=32):
        super().__init__()
        self.proj = nn.Dense(s_dim, t_dim)
        self.norm = nn.LayerNorm((t_dim,))

    def construct(self, x):
        return self.norm(self.proj(x))


class AdaptiveFeatureKD(nn.Cell):
    def __init__(self, s_dim=16, t_dim=32, act_thresh=0.5):
        super().__init__()
        self.adapter = FeatureAdapter(s_dim, t_dim)
        self.act_thresh = act_thresh

    def construct(self, s_feat, t_feat):
        # only pay the adapter cost when the teacher signal is strong
        if ops.abs(t_feat).mean() > self.act_thresh:
            aligned = self.adapter(s_feat)
        else:
            aligned = s_feat
        return aligned


def make():
    np.random.seed(15)
    s = Tensor(np.random.randn(4, 16).astype(np.float32))
    t = Tensor(np.random.randn(4, 32).astype(np.float32))
    return AdaptiveFeatureKD(), (s, t)
