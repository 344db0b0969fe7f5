# case: inpainting refiner gathers only the features at degraded pixels (coordinates from ops.nonzero on the degradation mask) and refines them with an MLP -> number of gathered points from data, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefinerConfig:
    def __init__(self, num_feat=8, hidden=16, threshold=0.5):
        self.num_feat = num_feat
        self.hidden = hidden
        self.threshold = threshold


class PointRefiner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(config.num_feat, config.hidden), nn.GELU(),
                                      nn.Dense(config.hidden, config.num_feat)])
        self.threshold = config.threshold

    def _degraded_points(self, feat_hwc, mask):
        coords = ops.nonzero(mask > self.threshold)
        return coords, ops.gather_nd(feat_hwc, coords)

    def construct(self, feat, mask=None):
        if mask is None:
            return feat
        feat_hwc = feat.transpose(0, 2, 3, 1)
        coords, points = self._degraded_points(feat_hwc, mask)
        refined = points + self.mlp(points)
        out = ops.tensor_scatter_update(feat_hwc, coords, refined)
        return out.transpose(0, 3, 1, 2)


def make():
    np.random.seed(20)
    feat = Tensor(np.random.randn(1, 8, 6, 6).astype(np.float32))
    mask = Tensor(np.random.rand(1, 6, 6).astype(np.float32))
    return PointRefiner(RefinerConfig()), (feat, mask)
