# case: anchor-free 3-D detection head returns a plain Python Det3DOutput object because return_dict defaults to True in its config -> creating and returning a plain class instance in construct should be refused in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, in_channels=32, num_classes=3, code_size=7, return_dict=True, output_hidden=False):
        self.in_channels = in_channels
        self.num_classes = num_classes
        self.code_size = code_size
        self.return_dict = return_dict
        self.output_hidden = output_hidden


class Det3DOutput:
    def __init__(self, cls_preds, box_preds, hidden=None):
        self.cls_preds = cls_preds
        self.box_preds = box_preds
        self.hidden = hidden


class SeparateHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.output_hidden = config.output_hidden
        self.shared = nn.Conv2d(config.in_channels, config.in_channels, 3, pad_mode="same", has_bias=True)
        self.cls = nn.Conv2d(config.in_channels, config.num_classes, 1, has_bias=True)
        self.reg = nn.Conv2d(config.in_channels, config.code_size, 1, has_bias=True)

    def construct(self, bev, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        hidden = ops.relu(self.shared(bev))
        cls_preds = self.cls(hidden)
        box_preds = self.reg(hidden)
        if not return_dict:
            outputs = (cls_preds, box_preds)
            return outputs + (hidden,) if self.output_hidden else outputs
        return Det3DOutput(cls_preds=cls_preds, box_preds=box_preds,
                           hidden=hidden if self.output_hidden else None)


def make():
    np.random.seed(3690)
    net = SeparateHead(HeadConfig())
    bev = Tensor(np.random.randn(1, 32, 16, 16).astype(np.float32))
    return net, (bev,)
