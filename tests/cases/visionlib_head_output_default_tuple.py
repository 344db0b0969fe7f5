# case: dense detection head with a Python output class behind return_dict, but the config leaves return_dict False so only the tuple path runs -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, in_channels=16, num_classes=4, num_anchors=3, return_dict=False):
        self.in_channels = in_channels
        self.num_classes = num_classes
        self.num_anchors = num_anchors
        self.return_dict = return_dict


class DenseHeadOutput:
    def __init__(self, cls_scores, bbox_preds):
        self.cls_scores = cls_scores
        self.bbox_preds = bbox_preds


class AnchorHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        a = config.num_anchors
        self.conv_cls = nn.Conv2d(config.in_channels, a * config.num_classes, 3, pad_mode="same")
        self.conv_reg = nn.Conv2d(config.in_channels, a * 4, 3, pad_mode="same")

    def construct(self, feats, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        cls_scores = tuple(self.conv_cls(f) for f in feats)
        bbox_preds = tuple(self.conv_reg(f) for f in feats)
        if not return_dict:
            return cls_scores, bbox_preds
        return DenseHeadOutput(cls_scores, bbox_preds)


def make():
    np.random.seed(3357)
    feats = (Tensor(np.random.randn(1, 16, 8, 8).astype(np.float32)),
             Tensor(np.random.randn(1, 16, 4, 4).astype(np.float32)))
    return AnchorHead(HeadConfig()), (feats,)
