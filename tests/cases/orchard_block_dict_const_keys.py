# case: block report returns a dict with fixed string keys of yield, pest pressure and irrigation metrics -> dict of constant keys returned, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockReport(nn.Cell):
    def __init__(self, trees_per_ha=1250.0):
        super().__init__()
        self.trees_per_ha = trees_per_ha

    def construct(self, kg_per_tree, trap_counts, irrigation_mm):
        report = {
            "t_per_ha": kg_per_tree.mean() * self.trees_per_ha / 1000.0,
            "pest_index": ops.log1p(trap_counts).mean(),
            "water_mm": irrigation_mm.sum(),
        }
        return report


def make():
    np.random.seed(201)
    kg = Tensor((np.random.rand(40) * 30 + 20).astype(np.float32))
    traps = Tensor(np.random.poisson(4.0, size=(6,)).astype(np.float32))
    water = Tensor((np.random.rand(14) * 6).astype(np.float32))
    return BlockReport(), (kg, traps, water)
