# case: slider windchest model stores which pallets feed which pipe holes as a CSRTensor and multiplies it with the pallet openings -> sparse CSR tensor and sparse matmul in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def build_chest_layout(n_pallets, holes_per_pallet):
    indptr = np.arange(0, (n_pallets + 1) * holes_per_pallet, holes_per_pallet, dtype=np.int32)
    indices = np.arange(n_pallets * holes_per_pallet, dtype=np.int32)
    values = np.linspace(0.8, 1.0, n_pallets * holes_per_pallet).astype(np.float32)
    return indptr, indices, values


class SliderChest(nn.Cell):
    def __init__(self, n_pallets=8, holes_per_pallet=4):
        super().__init__()
        indptr, indices, values = build_chest_layout(n_pallets, holes_per_pallet)
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)
        self.values = Tensor(values)
        self.shape = (n_pallets, n_pallets * holes_per_pallet)

    def construct(self, pallet_open, hole_flow):
        layout = ms.CSRTensor(self.indptr, self.indices, self.values, self.shape)
        per_pallet = layout.mv(hole_flow)
        return per_pallet * pallet_open


def make():
    np.random.seed(341)
    pallets = np.random.rand(8, 1).astype(np.float32)
    flow = np.random.rand(32, 1).astype(np.float32)
    return SliderChest(), (Tensor(pallets), Tensor(flow))
