# case: stand inventory counts distinct tree species with ops.unique inside a jit function -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def species_richness(species_ids, dbh_cm):
    uniq, idx = ops.unique(species_ids)
    basal_area = 3.14159 * (dbh_cm / 200.0) ** 2
    per_species = ops.unsorted_segment_sum(basal_area, idx, 12)
    n_species = uniq.shape[0]
    return per_species, n_species


def make():
    np.random.seed(2)
    ids = Tensor(np.random.randint(0, 6, (30,)).astype(np.int32))
    dbh = Tensor(np.random.uniform(10, 60, (30,)).astype(np.float32))
    return species_richness, (ids, dbh)
