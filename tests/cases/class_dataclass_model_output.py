# case: model returns a dataclass ModelOutput built from its tensors, HuggingFace style
import numpy as np
from dataclasses import dataclass
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class ModelOutput:
    logits: object
    hidden: object


class Encoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.enc = nn.Dense(6, 8)
        self.cls = nn.Dense(8, 2)

    def construct(self, x):
        h = ops.relu(self.enc(x))
        return ModelOutput(logits=self.cls(h), hidden=h)


def make():
    return Encoder(), (Tensor(np.random.randn(3, 6).astype(np.float32)),)
