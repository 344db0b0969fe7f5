# case: encoder-decoder whose outputs tuple grows with the auxiliary head logits only when training with an auxiliary head configured, and return_dict off returns the bare tuple -> output length fixed by flags at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class ModelConfig:
    num_classes = 4
    channels = 8
    use_return_dict = False
    align_corners = False


class ConvBNReLU(nn.SequentialCell):
    def __init__(self, cin, cout, stride=1):
        super().__init__([nn.Conv2d(cin, cout, 3, stride=stride, pad_mode="same"), nn.BatchNorm2d(cout), nn.ReLU()])


class SegHead(nn.Cell):
    def __init__(self, cin, channels, num_classes):
        super().__init__()
        self.conv = ConvBNReLU(cin, channels)
        self.cls = nn.Conv2d(channels, num_classes, 1, has_bias=True)

    def construct(self, x):
        return self.cls(self.conv(x))


class EncoderDecoder(nn.Cell):
    def __init__(self, config, auxiliary_head: Optional[nn.Cell] = None):
        super().__init__()
        self.config = config
        self.align_corners = config.align_corners
        self.stages = nn.CellList([ConvBNReLU(3, 8, 2), ConvBNReLU(8, 16, 2)])
        self.decode_head = SegHead(16, config.channels, config.num_classes)
        self.auxiliary_head = auxiliary_head

    def construct(self, img, return_dict: Optional[bool] = None):
        return_dict = return_dict if return_dict is not None else self.config.use_return_dict
        feats = []
        x = img
        for stage in self.stages:
            x = stage(x)
            feats.append(x)
        seg = ops.interpolate(self.decode_head(feats[-1]), size=img.shape[2:], mode="bilinear", align_corners=self.align_corners)
        with_aux = self.training and self.auxiliary_head is not None
        outputs = (seg, self.auxiliary_head(feats[0])) if with_aux else (seg,)
        if not return_dict:
            return outputs
        return {"seg_logits": seg}


def make():
    np.random.seed(3449)
    img = Tensor(np.random.randn(2, 3, 32, 32).astype(np.float32))
    net = EncoderDecoder(ModelConfig(), auxiliary_head=SegHead(8, 8, 4))
    net.set_train(True)
    return net, (img,)
