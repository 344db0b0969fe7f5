# case: multi-camera ACT backbone encodes only the active cameras: the loop runs range(int(cam_mask.sum())) and appends each camera's features to a list concatenated afterwards -> loop count and concat length come from tensor data, expect Graph mode to refuse or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CamConfig:
    def __init__(self, max_cams=3, channels=3, feat=8, share_backbone=True):
        self.max_cams = max_cams
        self.channels = channels
        self.feat = feat
        self.share_backbone = share_backbone


def conv_block(cin, cout):
    return nn.SequentialCell(nn.Conv2d(cin, cout, 3, stride=2, pad_mode="same"), nn.ReLU())


class MultiCamBackbone(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.backbone = conv_block(config.channels, config.feat)
        self.cam_embed = nn.Embedding(config.max_cams, config.feat)

    def _num_active(self, cam_mask):
        return int(cam_mask.astype(ms.int32).sum())

    def construct(self, images, cam_mask):
        # images: (B, max_cams, C, H, W); active cameras come first
        tokens = []
        for cam in range(self._num_active(cam_mask)):
            f = self.backbone(images[:, cam])
            f = f.flatten(start_dim=2).swapaxes(1, 2)
            tokens.append(f + self.cam_embed(Tensor(cam, ms.int32)))
        return ops.concat(tokens, axis=1)


def make():
    np.random.seed(31)
    imgs = Tensor(np.random.rand(2, 3, 3, 16, 16).astype(np.float32))
    mask = Tensor(np.array([1, 1, 0], dtype=np.bool_))
    return MultiCamBackbone(CamConfig()), (imgs, mask)
