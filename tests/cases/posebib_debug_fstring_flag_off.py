# case: SimCC head has a debug branch printing an f-string of tensor statistics, but config.debug is False and never switched on -> the guarded print is never taken, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimCCConfig:
    def __init__(self, in_channels=32, num_keypoints=17, input_size=(48, 64), split_ratio=2.0, debug=False):
        self.in_channels = in_channels
        self.num_keypoints = num_keypoints
        self.input_size = input_size
        self.split_ratio = split_ratio
        self.debug = debug


class SimCCHead(nn.Cell):
    def __init__(self, config, in_featuremap_size=(6, 8)):
        super().__init__()
        w, h = config.input_size
        self.debug = config.debug
        self.split_ratio = config.split_ratio
        self.num_keypoints = config.num_keypoints
        flat = in_featuremap_size[0] * in_featuremap_size[1]
        self.final_layer = nn.Conv2d(config.in_channels, config.num_keypoints, 1, has_bias=True)
        self.mlp_x = nn.Dense(flat, int(w * self.split_ratio))
        self.mlp_y = nn.Dense(flat, int(h * self.split_ratio))

    def construct(self, feats):
        x = self.final_layer(feats)
        b, k = x.shape[0], x.shape[1]
        x = x.reshape(b, k, -1)
        pred_x = self.mlp_x(x)
        pred_y = self.mlp_y(x)
        if self.debug:
            print(f"simcc logits x: mean={pred_x.mean()} y: mean={pred_y.mean()}")
        kx = pred_x.argmax(-1).astype(ms.float32) / self.split_ratio
        ky = pred_y.argmax(-1).astype(ms.float32) / self.split_ratio
        return pred_x, pred_y, ops.stack((kx, ky), -1)


def make():
    np.random.seed(122)
    feats = Tensor(np.random.randn(2, 32, 8, 6).astype(np.float32))
    return SimCCHead(SimCCConfig()), (feats,)
