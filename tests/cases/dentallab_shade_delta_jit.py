# case: jitted shade helper computes CIEDE-like colour difference between a crown and its neighbours using shape-based slicing -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

KL, KC = 1.0, 1.0


@ms.jit
def neighbour_delta_e(crown_lab, neighbours_lab):
    n = neighbours_lab.shape[0]
    half = n // 2
    mesial = neighbours_lab[:half].mean(axis=0)
    distal = neighbours_lab[half:].mean(axis=0)
    dl = (crown_lab[0] - (mesial[0] + distal[0]) / 2) / KL
    c_crown = ops.sqrt(crown_lab[1] ** 2 + crown_lab[2] ** 2)
    c_ref = ops.sqrt(mesial[1] ** 2 + mesial[2] ** 2)
    dc = (c_crown - c_ref) / KC
    return ops.sqrt(dl * dl + dc * dc)


def make():
    np.random.seed(336)
    crown = np.array([72.0, 1.5, 17.0], np.float32)
    neigh = np.stack([np.random.uniform(68, 76, 6), np.random.uniform(0, 3, 6),
                      np.random.uniform(14, 20, 6)], 1).astype(np.float32)
    return neighbour_delta_e, (Tensor(crown), Tensor(neigh))
