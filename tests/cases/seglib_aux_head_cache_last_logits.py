# case: encoder-decoder with an auxiliary FCN head that, in training, stashes the auxiliary logits on self for a visualisation hook before returning the weighted losses -> writes a non-Parameter attribute of self in construct (rejected or ignored)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelConfig:
    num_classes = 4
    channels = 8
    aux_loss_weight = 0.4
    with_auxiliary_head = True
    ignore_index = 255


class FCNHead(nn.Cell):
    def __init__(self, in_channels, channels, num_classes):
        super().__init__()
        self.convs = nn.SequentialCell([nn.Conv2d(in_channels, channels, 3, pad_mode="same"), nn.BatchNorm2d(channels), nn.ReLU()])
        self.conv_seg = nn.Conv2d(channels, num_classes, 1, has_bias=True)

    def construct(self, x):
        return self.conv_seg(self.convs(x))


class EncoderDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ignore_index = config.ignore_index
        self.aux_loss_weight = config.aux_loss_weight
        self.stem = nn.Conv2d(3, 8, 3, stride=2, pad_mode="same")
        self.layer = nn.Conv2d(8, 16, 3, stride=1, pad_mode="same")
        self.decode_head = FCNHead(16, config.channels, config.num_classes)
        self.auxiliary_head = FCNHead(8, config.channels, config.num_classes) if config.with_auxiliary_head else None
        self.last_aux_logits = None

    def _loss(self, logit, label):
        logit = ops.interpolate(logit, size=label.shape[1:], mode="bilinear", align_corners=False)
        return ops.cross_entropy(logit, label, ignore_index=self.ignore_index)

    def construct(self, img, gt_semantic_seg):
        c1 = self.stem(img)
        c2 = self.layer(c1)
        loss = self._loss(self.decode_head(c2), gt_semantic_seg)
        if self.training and self.auxiliary_head is not None:
            aux_logits = self.auxiliary_head(c1)
            self.last_aux_logits = aux_logits
            loss = loss + self.aux_loss_weight * self._loss(aux_logits, gt_semantic_seg)
        return loss


def make():
    np.random.seed(3448)
    img = Tensor(np.random.randn(2, 3, 16, 16).astype(np.float32))
    label = Tensor(np.random.randint(0, 4, (2, 16, 16)).astype(np.int32))
    net = EncoderDecoder(ModelConfig())
    net.set_train(True)
    return net, (img, label)
