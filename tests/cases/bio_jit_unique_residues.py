# case: ms.jit function that returns the distinct residues of a protein and their counts via unique_consecutive on the sorted sequence -> dynamic shape output in graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

AMINO_ACIDS = "ACDEFGHIKLMNPQRSTVWY"


@ms.jit
def residue_composition(tokens):
    """Amino-acid composition of one protein: which residues occur and how often."""
    sorted_tokens, _ = ops.sort(tokens.astype(ms.float32))
    residues, _, counts = ops.unique_consecutive(sorted_tokens.astype(ms.int32),
                                                return_inverse=True, return_counts=True)
    frac = counts.astype(ms.float32) / tokens.shape[0]
    return residues, frac


def make():
    np.random.seed(29)
    tokens = Tensor(np.random.randint(0, len(AMINO_ACIDS), size=(18,)).astype(np.int32))
    return residue_composition, (tokens,)
