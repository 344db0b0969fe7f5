# case: decode head whose class weights are derived with NumPy from the dataset class frequencies in __init__ and whose learnable logit scale Parameter is created by an init helper; construct only uses the stored tensors -> NumPy only at build time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class HeadConfig:
    in_channels = 16
    num_classes = 5
    class_freq = [0.42, 0.25, 0.18, 0.1, 0.05]
    ignore_index = 255
    learn_scale = True
    init_scale = 1.0


class BalancedDecodeHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ignore_index = config.ignore_index
        freq = np.asarray(config.class_freq, dtype=np.float32)
        weight = np.median(freq) / freq
        self.class_weight = Tensor(weight / weight.sum() * len(weight), ms.float32)
        self.conv_seg = nn.Conv2d(config.in_channels, config.num_classes, 1, has_bias=True)
        self._init_scale(config)

    def _init_scale(self, config):
        value = np.full((1,), config.init_scale, dtype=np.float32)
        self.logit_scale = Parameter(Tensor(value), name="logit_scale", requires_grad=config.learn_scale)

    def construct(self, feat, seg_label=None):
        seg_logit = self.conv_seg(feat) * self.logit_scale
        if seg_label is None:
            return seg_logit
        seg_logit = ops.interpolate(seg_logit, size=seg_label.shape[1:], mode="bilinear", align_corners=False)
        loss = ops.cross_entropy(seg_logit, seg_label, weight=self.class_weight, ignore_index=self.ignore_index)
        return seg_logit, loss


def make():
    np.random.seed(3455)
    feat = Tensor(np.random.randn(2, 16, 8, 8).astype(np.float32))
    label = np.random.randint(0, 5, (2, 16, 16)).astype(np.int32)
    label[0, :, :2] = 255
    return BalancedDecodeHead(HeadConfig()), (feat, Tensor(label))
