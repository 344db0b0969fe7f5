# case: neural operator wrapper has an OperatorOutput class for return_dict, but the config default turns it off and returns a tuple whose length follows output_hidden -> dead branch folded on a constant flag, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class OperatorConfig:
    in_channels: int = 3
    hidden: int = 16
    out_channels: int = 1
    return_dict: bool = False
    output_hidden: bool = True


class OperatorOutput:
    def __init__(self, prediction, hidden_states=None):
        self.prediction = prediction
        self.hidden_states = hidden_states


class PointwiseOperator(nn.Cell):
    def __init__(self, config: OperatorConfig):
        super().__init__()
        self.lift = nn.Dense(config.in_channels, config.hidden)
        self.mix = nn.Dense(config.hidden, config.hidden)
        self.proj = nn.Dense(config.hidden, config.out_channels)
        self.act = nn.GELU()
        self.return_dict = config.return_dict
        self.output_hidden = config.output_hidden

    def construct(self, a):
        h = self.act(self.lift(a))
        h = self.act(self.mix(h)) + h
        y = self.proj(h)
        if self.return_dict:
            return OperatorOutput(prediction=y, hidden_states=h if self.output_hidden else None)
        outputs = (y,) + ((h,) if self.output_hidden else ())
        return outputs


def make():
    np.random.seed(10)
    a = Tensor(np.random.randn(4, 24, 3).astype(np.float32))
    return PointwiseOperator(OperatorConfig()), (a,)
