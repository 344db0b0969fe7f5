# case: segmentation head returns a plain Python SegmenterOutput object because the config's return_dict defaults to True -> plain class instance created and returned from construct; expected to be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmenterConfig:
    def __init__(self, value_dim=8, hidden_dim=8, return_dict=True, output_hidden=False):
        self.value_dim = value_dim
        self.hidden_dim = hidden_dim
        self.return_dict = return_dict
        self.output_hidden = output_hidden


class SegmenterOutput:
    def __init__(self, logits, prob, hidden=None):
        self.logits = logits
        self.prob = prob
        self.hidden = hidden


class MaskDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.output_hidden = config.output_hidden
        self.fuse = nn.Conv2d(config.value_dim, config.hidden_dim, 3, pad_mode="same")
        self.pred = nn.Conv2d(config.hidden_dim, 1, 1, has_bias=True)

    def construct(self, readout):
        hidden = ops.relu(self.fuse(readout))
        logits = self.pred(hidden)
        prob = ops.sigmoid(logits)
        if not self.return_dict:
            outputs = (logits, prob)
            return outputs + (hidden,) if self.output_hidden else outputs
        return SegmenterOutput(logits, prob, hidden if self.output_hidden else None)


def make():
    np.random.seed(3887)
    readout = Tensor(np.random.randn(2, 8, 8, 8).astype(np.float32))
    return MaskDecoder(SegmenterConfig()), (readout,)
