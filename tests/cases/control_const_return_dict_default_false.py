# case: HuggingFace-style `return_dict: bool = False`; the dataclass return is dead code
import numpy as np
from dataclasses import dataclass
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class UNetOutput:
    sample: object


class UNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = nn.Dense(4, 4)

    def construct(self, sample, return_dict: bool = False):
        sample = ops.relu(self.proj(sample))
        if not return_dict:
            return (sample,)
        return UNetOutput(sample=sample)


def make():
    return UNet(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
