# case: decoder head that concatenates an upsampled auxiliary prediction only when its mean confidence exceeds a gate (different channel counts per branch) -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GatedDeepSupervisionHead(nn.Cell):
    def __init__(self, ch=4, low_ch=8, num_classes=2, aux_gate=0.5):
        super().__init__()
        self.main = nn.Conv3d(ch, num_classes, 1, has_bias=True)
        self.aux = nn.Conv3d(low_ch, num_classes, 1, has_bias=True)
        self.aux_gate = aux_gate

    def _aux_logits(self, low_feat, size):
        return ops.interpolate(self.aux(low_feat), size=size, mode="trilinear", align_corners=False)

    def construct(self, feat, low_feat):
        main = self.main(feat)
        aux = self._aux_logits(low_feat, main.shape[2:])
        gate = ops.sigmoid(aux).mean()
        if gate > self.aux_gate:
            out = ops.concat((main, aux), axis=1)
        else:
            out = main
        return out


def make():
    np.random.seed(0)
    feat = Tensor(np.random.rand(1, 4, 8, 8, 8).astype(np.float32))
    low = Tensor(np.random.rand(1, 8, 4, 4, 4).astype(np.float32))
    return GatedDeepSupervisionHead(), (feat, low)
