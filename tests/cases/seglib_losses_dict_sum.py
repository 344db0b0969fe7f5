# case: segmentor loss aggregation that puts decode and auxiliary losses into a dict under constant keys built with string prefixes and sums the values whose key contains 'loss' -> constant-key dict and comprehension, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrainConfig:
    num_classes = 4
    ignore_index = 255
    aux_weights = (0.4,)
    prefix = "decode"


def add_prefix(losses, prefix):
    return {prefix + "." + k: v for k, v in losses.items()}


class SegTrainStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ignore_index = config.ignore_index
        self.prefix = config.prefix
        self.aux_weights = config.aux_weights
        self.backbone = nn.Conv2d(3, 8, 3, pad_mode="same")
        self.decode = nn.Conv2d(8, config.num_classes, 1, has_bias=True)
        self.aux_heads = nn.CellList([nn.Conv2d(8, config.num_classes, 1, has_bias=True) for _ in config.aux_weights])

    def _head_losses(self, logit, seg_label, weight=1.0):
        ce = ops.cross_entropy(logit, seg_label, ignore_index=self.ignore_index)
        acc = (logit.argmax(axis=1) == seg_label).astype(ms.float32).mean()
        return {"loss_ce": weight * ce, "acc_seg": acc}

    def construct(self, img, seg_label):
        feat = ops.relu(self.backbone(img))
        losses = add_prefix(self._head_losses(self.decode(feat), seg_label), self.prefix)
        for i, (head, w) in enumerate(zip(self.aux_heads, self.aux_weights)):
            losses.update(add_prefix(self._head_losses(head(feat), seg_label, w), "aux_" + str(i)))
        loss = sum([v for k, v in losses.items() if "loss" in k])
        return loss, losses[self.prefix + ".acc_seg"]


def make():
    np.random.seed(3471)
    img = Tensor(np.random.randn(2, 3, 12, 12).astype(np.float32))
    label = Tensor(np.random.randint(0, 4, (2, 12, 12)).astype(np.int32))
    return SegTrainStep(TrainConfig()), (img, label)
