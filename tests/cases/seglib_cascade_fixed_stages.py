# case: cascade decode head iterating over an nn.CellList of refine stages with enumerate, each stage weighted by a per-stage loss weight zipped from the config, stage logits collected in a list and stacked -> loop over a fixed CellList, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CascadeConfig:
    num_classes = 4
    channels = 8
    num_stages = 3
    stage_loss_weights = (0.4, 0.6, 1.0)
    ignore_index = 255


class RefineStage(nn.Cell):
    def __init__(self, num_classes, channels):
        super().__init__()
        self.fuse = nn.Conv2d(num_classes + channels, num_classes, 3, pad_mode="same", has_bias=True)

    def construct(self, logits, feat):
        return logits + self.fuse(ops.cat((ops.softmax(logits, axis=1), feat), axis=1))


class CascadeDecodeHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ignore_index = config.ignore_index
        self.init_seg = nn.Conv2d(config.channels, config.num_classes, 1, has_bias=True)
        self.stages = nn.CellList([RefineStage(config.num_classes, config.channels) for _ in range(config.num_stages)])
        self.stage_loss_weights = config.stage_loss_weights

    def construct(self, feat, seg_label):
        logits = self.init_seg(feat)
        all_logits = []
        total = 0.0
        for i, (stage, w) in enumerate(zip(self.stages, self.stage_loss_weights)):
            logits = stage(logits, feat)
            all_logits.append(logits)
            total = total + w * ops.cross_entropy(logits, seg_label, ignore_index=self.ignore_index)
        return ops.stack(all_logits, axis=0), total


def make():
    np.random.seed(3460)
    feat = Tensor(np.random.randn(2, 8, 12, 12).astype(np.float32))
    label = np.random.randint(0, 4, (2, 12, 12)).astype(np.int32)
    label[:, :, -2:] = 255
    return CascadeDecodeHead(CascadeConfig()), (feat, Tensor(label))
