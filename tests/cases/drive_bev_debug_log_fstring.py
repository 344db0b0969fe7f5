# case: camera-to-BEV projection that logs feature statistics with an f-string when verbose (default on) -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CameraToBEV(nn.Cell):
    def __init__(self, cam_ch=8, depth_bins=4, bev_h=6, bev_w=6, verbose=True):
        super().__init__()
        self.verbose = verbose
        self.depth_bins = depth_bins
        self.depth_net = nn.Conv2d(cam_ch, depth_bins, 1)
        self.collapse = nn.Conv2d(cam_ch * depth_bins, cam_ch, 1)
        self.pool = ops.AdaptiveAvgPool2D((bev_h, bev_w))

    def lift(self, feat):
        depth = ops.softmax(self.depth_net(feat), axis=1)
        vol = feat.expand_dims(2) * depth.expand_dims(1)
        b, c, d, h, w = vol.shape
        return vol.reshape(b, c * d, h, w)

    def construct(self, cam_feat):
        vol = self.lift(cam_feat)
        bev = self.pool(self.collapse(vol))
        if self.verbose:
            print(f"[bev] mean={bev.mean()} max={bev.max()} shape={bev.shape}")
        return bev


def make():
    np.random.seed(8)
    feat = Tensor(np.random.randn(1, 8, 12, 20).astype(np.float32))
    return CameraToBEV(), (feat,)
