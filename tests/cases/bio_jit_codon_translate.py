# case: ms.jit function translating DNA codons to amino-acid ids through a constant 64-entry codon table and counting stop codons -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

BASES = "TCAG"
AMINO = "FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG"
AA_INDEX = {a: i for i, a in enumerate("ACDEFGHIKLMNPQRSTVWY*")}
CODON_TABLE = Tensor(np.array([AA_INDEX[a] for a in AMINO], dtype=np.int32))
STOP_ID = AA_INDEX["*"]


@ms.jit
def translate(dna):
    # dna uses T=0, C=1, A=2, G=3 to match the standard table ordering
    n = dna.shape[-1] // 3
    cod = dna[..., :n * 3].reshape(dna.shape[0], n, 3)
    idx = cod[..., 0] * 16 + cod[..., 1] * 4 + cod[..., 2]
    protein = ops.gather(CODON_TABLE, idx.reshape(-1), 0).reshape(idx.shape)
    n_stop = (protein == STOP_ID).astype(ms.int32).sum(axis=-1)
    return protein, n_stop


def make():
    np.random.seed(34)
    dna = Tensor(np.random.randint(0, 4, size=(2, 25)).astype(np.int32))
    return translate, (dna,)
