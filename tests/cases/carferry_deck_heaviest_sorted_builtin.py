# case: deck loading planner sorts vehicle weights with Python sorted() and takes the three heaviest for the centreline lane -> Python builtin applied to a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CentrelineAssigner(nn.Cell):
    def __init__(self, n_centre=3):
        super().__init__()
        self.n_centre = n_centre

    def construct(self, vehicle_tonnes):
        ordered = sorted(vehicle_tonnes, reverse=True)
        centre = ordered[:self.n_centre]
        centre_load = centre[0] + centre[1] + centre[2]
        side_load = vehicle_tonnes.sum() - centre_load
        return centre_load, side_load


def make():
    np.random.seed(30)
    tonnes = np.random.uniform(1.0, 38.0, 10).astype(np.float32)
    return CentrelineAssigner(), (Tensor(tonnes),)
