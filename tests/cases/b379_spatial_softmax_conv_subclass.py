# case: Diffusion Policy image encoder: an nn.Conv2d subclass produces keypoint heatmaps and a SpatialSoftmax turns them into expected (x, y) coordinates using a pixel grid built from x.shape -> shapes only, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisionConfig:
    def __init__(self, in_channels=3, feat_channels=8, num_keypoints=16, temperature=1.0, learnable_temp=False):
        self.in_channels = in_channels
        self.feat_channels = feat_channels
        self.num_keypoints = num_keypoints
        self.temperature = temperature
        self.learnable_temp = learnable_temp


class KeypointConv(nn.Conv2d):
    def __init__(self, in_channels, num_keypoints):
        super().__init__(in_channels, num_keypoints, kernel_size=1, has_bias=True)


class SpatialSoftmax(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.kp = KeypointConv(config.feat_channels, config.num_keypoints)
        self.temperature = config.temperature

    def construct(self, feat):
        b, _, h, w = feat.shape
        heat = self.kp(feat).view(b, -1, h * w)
        attn = ops.softmax(heat / self.temperature, axis=-1)
        ys = ops.linspace(-1.0, 1.0, h).view(h, 1).broadcast_to((h, w)).reshape(-1)
        xs = ops.linspace(-1.0, 1.0, w).view(1, w).broadcast_to((h, w)).reshape(-1)
        kx = (attn * xs).sum(axis=-1)
        ky = (attn * ys).sum(axis=-1)
        return ops.stack([kx, ky], axis=-1).view(b, -1)


class RgbEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.backbone = nn.SequentialCell(
            nn.Conv2d(config.in_channels, config.feat_channels, 3, stride=2, pad_mode="pad", padding=1), nn.ReLU())
        self.pool = SpatialSoftmax(config)

    def construct(self, images):
        return self.pool(self.backbone(images))


def make():
    np.random.seed(30)
    imgs = Tensor(np.random.rand(2, 3, 24, 32).astype(np.float32))
    return RgbEncoder(VisionConfig()), (imgs,)
