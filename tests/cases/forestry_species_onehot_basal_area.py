# case: stand inventory sums basal area per species with a fixed-size one-hot matrix and counts present species -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NUM_SPECIES = 8


@ms.jit
def species_basal_area(species_ids, dbh_cm):
    onehot = ops.one_hot(species_ids, NUM_SPECIES, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    basal_area = 3.14159 * (dbh_cm / 200.0) ** 2
    per_species = ops.matmul(basal_area.expand_dims(0), onehot).squeeze(0)
    present = (onehot.sum(axis=0) > 0).astype(ms.int32).sum()
    share = per_species / (per_species.sum() + 1e-6)
    return share, present


def make():
    np.random.seed(2)
    ids = Tensor(np.random.randint(0, 6, (30,)).astype(np.int32))
    dbh = Tensor(np.random.uniform(10, 60, (30,)).astype(np.float32))
    return species_basal_area, (ids, dbh)
