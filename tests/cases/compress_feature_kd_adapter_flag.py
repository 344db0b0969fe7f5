# case: FitNets-style feature distillation with an optional 1x1 conv adapter chosen by a config flag and spatial pooling sized from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HintLoss(nn.Cell):
    def __init__(self, s_channels=4, t_channels=8, use_adapter=True, pool_to_teacher=True):
        super().__init__()
        self.use_adapter = use_adapter
        self.pool_to_teacher = pool_to_teacher
        if use_adapter:
            self.adapter = nn.Conv2d(s_channels, t_channels, 1, has_bias=True)
        else:
            self.adapter = None

    def _match_spatial(self, s, t):
        sh, th = s.shape[2], t.shape[2]
        if sh != th and self.pool_to_teacher:
            k = sh // th
            s = ops.avg_pool2d(s, kernel_size=k, stride=k)
        return s

    def construct(self, s_feat, t_feat):
        if self.adapter is not None:
            s_feat = self.adapter(s_feat)
        s_feat = self._match_spatial(s_feat, t_feat)
        diff = s_feat - ops.stop_gradient(t_feat)
        return (diff * diff).mean()


def make():
    np.random.seed(22)
    s = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    t = Tensor(np.random.randn(2, 8, 4, 4).astype(np.float32))
    return HintLoss(), (s, t)
