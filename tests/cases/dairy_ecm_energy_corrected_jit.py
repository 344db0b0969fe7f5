# case: jit function computes energy-corrected milk from yield, fat and protein percentages and a herd ranking with ops.sort over the full batch -> static graph
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def energy_corrected_milk(milk_kg, fat_pct, protein_pct):
    ecm = milk_kg * (0.383 * fat_pct + 0.242 * protein_pct + 0.7832) / 3.1138
    sorted_ecm, order = ops.sort(ecm, descending=True)
    n = ecm.shape[0]
    median = sorted_ecm[n // 2]
    above = (ecm > median).astype(ms.float32)
    return ecm, order, median, above


def make():
    np.random.seed(39)
    milk = np.random.uniform(20.0, 45.0, (11,)).astype(np.float32)
    fat = np.random.uniform(3.2, 4.8, (11,)).astype(np.float32)
    prot = np.random.uniform(2.9, 3.6, (11,)).astype(np.float32)
    return energy_corrected_milk, (Tensor(milk), Tensor(fat), Tensor(prot))
