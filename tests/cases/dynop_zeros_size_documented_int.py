# case: a construct argument the Cell's Inputs docstring gives as (int), used in a zeros size, with the inputs built apart (near miss: callers pass a Python int, which graph mode folds)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DownProjection(nn.Cell):
    r"""
    Scatter the edge features into a padded buffer.

    Args:
        width (int): Feature width.

    Inputs:
        - **sph** (Tensor): Edge features, of shape :math:`(edges, width)`.
        - **kmax** (int): Largest number of neighbours of an edge.

    Outputs:
        - **out** (Tensor): Of shape :math:`(edges, kmax + 1, width)`.
    """

    def __init__(self, width=4):
        super().__init__()
        self.width = width

    def construct(self, sph, kmax):
        buffer = ops.zeros((sph.shape[0], kmax + 1, self.width), ms.float32)
        return buffer + sph.reshape(sph.shape[0], 1, self.width)


def make():
    # the inputs are built apart, as the package's host code computes them
    inputs = [Tensor(np.ones((5, 4), np.float32)), 3]
    return DownProjection(), tuple(inputs)
