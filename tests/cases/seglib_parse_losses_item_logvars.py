# case: segmentor training step whose parse_losses builds a log_vars dict of Python floats with .item() on every loss tensor alongside the summed loss -> .item() on tensors in construct (rejected in strict, interpreted or failing in lax)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrainConfig:
    num_classes = 4
    ignore_index = 255
    aux_weight = 0.4
    log_losses = True


def parse_losses(losses):
    loss = sum(v for k, v in losses.items() if "loss" in k)
    log_vars = {k: v.item() for k, v in losses.items()}
    log_vars["loss"] = loss.item()
    return loss, log_vars


class SegTrainStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ignore_index = config.ignore_index
        self.aux_weight = config.aux_weight
        self.log_losses = config.log_losses
        self.backbone = nn.Conv2d(3, 8, 3, pad_mode="same")
        self.decode = nn.Conv2d(8, config.num_classes, 1, has_bias=True)
        self.aux = nn.Conv2d(8, config.num_classes, 1, has_bias=True)

    def construct(self, img, seg_label):
        feat = ops.relu(self.backbone(img))
        losses = {
            "decode.loss_ce": ops.cross_entropy(self.decode(feat), seg_label, ignore_index=self.ignore_index),
            "aux.loss_ce": self.aux_weight * ops.cross_entropy(self.aux(feat), seg_label, ignore_index=self.ignore_index),
        }
        loss, log_vars = parse_losses(losses)
        if self.log_losses:
            return loss, log_vars["decode.loss_ce"]
        return loss


def make():
    np.random.seed(3470)
    img = Tensor(np.random.randn(2, 3, 12, 12).astype(np.float32))
    label = Tensor(np.random.randint(0, 4, (2, 12, 12)).astype(np.int32))
    return SegTrainStep(TrainConfig()), (img, label)
