# case: collect the set of network codes whose stations triggered, testing each station's trigger tensor in a Python loop and adding to a set -> Python set built from tensor conditions in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NetworkVote(nn.Cell):
    def __init__(self, networks, min_networks=2):
        super().__init__()
        self.networks = networks
        self.min_networks = min_networks

    def construct(self, max_ratio):
        fired = set()
        for i in range(len(self.networks)):
            if max_ratio[i] > 3.0:
                fired.add(self.networks[i])
        declared = len(fired) >= self.min_networks
        return Tensor(declared, ms.bool_)


def make():
    np.random.seed(23)
    nets = ("CI", "CI", "NC", "BK", "NC")
    ratio = np.array([3.5, 1.2, 4.1, 2.0, 2.9], dtype=np.float32)
    return NetworkVote(nets), (Tensor(ratio),)
