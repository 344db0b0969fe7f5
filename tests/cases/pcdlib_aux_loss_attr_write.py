# case: segmentation model in training mode records its auxiliary loss on self through a mixin helper (self.last_aux_loss = ...) inside construct -> error (attribute of self written in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AuxLossConfig:
    num_classes = 8
    aux_weight = 0.4
    track_aux = True


class AuxLossMixin:
    def _record_aux(self, loss):
        if self.track_aux:
            self.last_aux_loss = loss
        return loss * self.aux_weight


class SegWithAux(nn.Cell, AuxLossMixin):
    def __init__(self, config, in_channels=16):
        super().__init__()
        self.track_aux = config.track_aux
        self.aux_weight = config.aux_weight
        self.head = nn.Dense(in_channels, config.num_classes)
        self.aux_head = nn.Dense(in_channels, config.num_classes)
        self.ce = nn.CrossEntropyLoss()
        self.last_aux_loss = Tensor(0.0, ms.float32)

    def construct(self, feats, labels):
        logits = self.head(feats).reshape(-1, self.head.out_channels)
        flat_labels = labels.reshape(-1)
        loss = self.ce(logits, flat_labels)
        if self.training:
            aux = self.aux_head(feats).reshape(-1, self.head.out_channels)
            loss = loss + self._record_aux(self.ce(aux, flat_labels))
        return loss


def make():
    np.random.seed(3493)
    feats = Tensor(np.random.randn(2, 32, 16).astype(np.float32))
    labels = Tensor(np.random.randint(0, 8, (2, 32)).astype(np.int32))
    net = SegWithAux(AuxLossConfig())
    net.set_train(True)
    return net, (feats, labels)
