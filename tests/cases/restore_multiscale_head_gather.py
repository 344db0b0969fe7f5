# case: multi-scale SR picks a scale-specific modulation vector with ops.gather on an int32 scale-index tensor of fixed shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ScaleModulatedSR(nn.Cell):
    def __init__(self, channels=3, feats=8, scales=(2, 3, 4), max_scale=4):
        super().__init__()
        self.scales = scales
        self.max_scale = max_scale
        self.mod = Parameter(Tensor(np.ones((len(scales), feats), np.float32)), name="scale_mod")
        self.head = nn.Conv2d(channels, feats, 3, pad_mode="same")
        self.tail = nn.Conv2d(feats, channels, 3, pad_mode="same")

    def modulate(self, feat, scale_idx):
        m = ops.gather(self.mod, scale_idx, 0)          # (B, feats)
        return feat * m.reshape(m.shape[0], m.shape[1], 1, 1)

    def construct(self, lr_up, scale_idx):
        # lr_up is already bicubically upsampled to the target size by the data pipeline
        f = ops.relu(self.head(lr_up))
        f = self.modulate(f, scale_idx)
        return lr_up + self.tail(f)


def make():
    np.random.seed(39)
    lr_up = Tensor(np.random.rand(2, 3, 12, 12).astype(np.float32))
    scale_idx = Tensor(np.array([0, 2], dtype=np.int32))
    return ScaleModulatedSR(), (lr_up, scale_idx)
