# case: construct documented to take a NumPy image and fed one: MindSpore folds a NumPy argument, so NumPy on it is static
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
class ToCHW(nn.Cell):
    """Moves an image's channels first.

    Inputs:
        - **image** (numpy.ndarray) - an HWC image.
    """
    def construct(self, image):
        arr = np.asarray(image, np.float32).transpose((2, 0, 1))
        return Tensor(arr) * 2


def _inputs():
    return (np.ones((4, 4, 3), np.float32),)


def make():
    return ToCHW(), _inputs()
