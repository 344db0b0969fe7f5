# case: bottom-up heatmap head that logs an f-string with the number of confident joints and the peak score per forward pass -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HigherResolutionHead(nn.Cell):
    def __init__(self, in_ch=16, num_joints=17, tag_dim=1, verbose=True, conf_thr=0.5):
        super().__init__()
        self.num_joints = num_joints
        self.heat = nn.Conv2d(in_ch, num_joints, 1, has_bias=True)
        self.tags = nn.Conv2d(in_ch, num_joints * tag_dim, 1, has_bias=True)
        self.verbose = verbose
        self.conf_thr = conf_thr

    def _log_stats(self, heat):
        peak = ops.amax(ops.sigmoid(heat), axis=(2, 3))
        n_conf = (peak > self.conf_thr).sum()
        msg = f"confident joints: {n_conf} / {self.num_joints}, best {peak.max()}"
        print(msg)

    def construct(self, feats):
        heat = self.heat(feats)
        tags = self.tags(feats)
        if self.verbose:
            self._log_stats(heat)
        return heat, tags


def make():
    np.random.seed(42)
    f = np.random.randn(1, 16, 24, 24).astype(np.float32)
    return HigherResolutionHead(), (Tensor(f),)
