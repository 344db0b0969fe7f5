# case: multi-camera ACT backbone loops over cameras with range(images.shape[1]), one backbone per camera in an nn.CellList (shared when config.share_backbone), inactive cameras zeroed by multiplying with the camera mask -> loop count from a static shape, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CamConfig:
    def __init__(self, n_cams=3, channels=3, feat=8, share_backbone=False):
        self.n_cams = n_cams
        self.channels = channels
        self.feat = feat
        self.share_backbone = share_backbone


def conv_block(cin, cout):
    return nn.SequentialCell(nn.Conv2d(cin, cout, 3, stride=2, pad_mode="same"), nn.ReLU())


class MultiCamBackbone(nn.Cell):
    def __init__(self, config):
        super().__init__()
        n = 1 if config.share_backbone else config.n_cams
        self.share_backbone = config.share_backbone
        self.backbones = nn.CellList([conv_block(config.channels, config.feat) for _ in range(n)])
        self.cam_pos = ms.Parameter(ops.zeros((config.n_cams, config.feat), ms.float32), name="cam_pos")

    def construct(self, images, cam_mask):
        n_cams = images.shape[1]
        tokens = []
        for cam in range(n_cams):
            net = self.backbones[0] if self.share_backbone else self.backbones[cam]
            f = net(images[:, cam]).flatten(start_dim=2).swapaxes(1, 2)
            f = (f + self.cam_pos[cam]) * cam_mask[:, cam].astype(ms.float32).view(-1, 1, 1)
            tokens.append(f)
        return ops.concat(tokens, axis=1)


def make():
    np.random.seed(32)
    imgs = Tensor(np.random.rand(2, 3, 3, 16, 16).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 0], [1, 0, 1]], dtype=np.bool_))
    return MultiCamBackbone(CamConfig()), (imgs, mask)
