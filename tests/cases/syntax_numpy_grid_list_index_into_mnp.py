# case: grid cells from np.floor kept in a list, looked up with `in`/`.index()`, the row read back handed to mnp.square -> LAX error at the mnp line
import numpy as np
import mindspore as ms
import mindspore.numpy as mnp
from mindspore import nn, ops, Tensor


class GridLoss(nn.Cell):
    def construct(self, predict, target):
        grids = []
        for k in range(target.shape[0]):
            gx = np.floor(3 * target[k][0])
            grids.append(gx)
        loss = 0
        for i in range(3):
            if i in grids:
                label = grids.index(i)
                rect = target[label]
                loss += mnp.square(rect[1] - predict[i])
        return loss


def make():
    t = Tensor(np.array([[0.1, 0.5], [0.7, 0.2]], np.float32))
    return GridLoss(), (Tensor(np.array([0.3, 0.4, 0.5], np.float32)), t)
